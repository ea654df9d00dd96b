package io.stackshift.marketplace;

import java.util.List;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Customer;
import io.stackshift.identity.Permission;
import io.stackshift.identity.Permissions;
import io.stackshift.identity.Project;
import io.stackshift.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the facts {@link ConsumerReview} decides on, for a user and an order. */
@Service
@Transactional(readOnly = true)
public class OrderReviews {

	private final Permissions permissions;

	public OrderReviews(Permissions permissions) {
		this.permissions = permissions;
	}

	public ConsumerReview.Facts facts(Caller caller, Order.Type type, Project project, Offering offering,
			boolean hasAttachment) {
		PluginOptions options = offering.getPluginOptions();
		Customer provider = offering.getCustomer();
		List<String> roles = this.permissions.rolesOn(caller, project);
		boolean ownsProvider = this.permissions.rolesOnCustomer(caller, provider).contains(Role.CUSTOMER_OWNER);
		return new ConsumerReview.Facts(options.requirePurchaseOrderUpload(), hasAttachment, caller.staff(),
				offering.isPrivate(), offering.isShared(), provider.getId().equals(project.getCustomer().getId()),
				options.autoApproveInServiceProviderProjects(), options.disableAutoapprove(), type, ownsProvider,
				roles.stream().anyMatch(options.autoApproveForRoles()::contains),
				this.permissions.has(caller, Permission.ORDER_APPROVE, project),
				this.permissions.has(caller, Permission.ORDER_APPROVE_PRIVATE, project));
	}

	public boolean skipsConsumerReview(Caller caller, Order order) {
		return ConsumerReview.skipsConsumerReview(
				facts(caller, order.getType(), order.getProject(), order.getOffering(), order.getAttachment() != null));
	}

	public boolean mayApproveAsConsumer(Caller caller, Order order) {
		return ConsumerReview.mayApproveAsConsumer(
				facts(caller, order.getType(), order.getProject(), order.getOffering(), order.getAttachment() != null));
	}

	/**
	 * Provider review: staff, or who may update the offering (its provider's owners by
	 * default).
	 */
	public boolean mayReviewAsProvider(Caller caller, Order order) {
		return this.permissions.has(caller, Permission.OFFERING_UPDATE, order.getOffering().getCustomer());
	}

}
