package io.stackshift.marketplace;

/**
 * Waldur's rules for whether an order skips the consumer's review, and who may approve it
 * as the consumer. Pure functions of the facts, so every rule is testable on its own.
 */
public final class ConsumerReview {

	private ConsumerReview() {
	}

	/**
	 * What the rules look at, gathered for one order and one user.
	 *
	 * @param requiresPurchaseOrder the offering requires a purchase order upload
	 * @param hasAttachment the order carries a purchase order
	 * @param staff the user is staff
	 * @param privateOffering the offering is neither billable nor shared
	 * @param sharedOffering the offering is shared
	 * @param offeringOfProjectCustomer the offering's provider is the project's
	 * organisation
	 * @param autoApproveInServiceProviderProjects the offering's option of that name
	 * @param disableAutoapprove the offering's option of that name
	 * @param type the order's type
	 * @param userOwnsProvider the user owns the offering's provider organisation
	 * @param holdsAutoApproveRole the user holds, on the project or its organisation, a
	 * role the offering lists in {@code auto_approve_for_roles}
	 * @param holdsApprove the user holds ORDER.APPROVE on the project or its organisation
	 * @param holdsApprovePrivate the user holds ORDER.APPROVE_PRIVATE there
	 */
	public record Facts(boolean requiresPurchaseOrder, boolean hasAttachment, boolean staff, boolean privateOffering,
			boolean sharedOffering, boolean offeringOfProjectCustomer, boolean autoApproveInServiceProviderProjects,
			boolean disableAutoapprove, Order.Type type, boolean userOwnsProvider, boolean holdsAutoApproveRole,
			boolean holdsApprove, boolean holdsApprovePrivate) {
	}

	/**
	 * Waldur's {@code order_should_not_be_reviewed_by_consumer}, rules a to g in order.
	 */
	public static boolean skipsConsumerReview(Facts facts) {
		// a) a required purchase order is missing: review needed, whoever orders
		if (facts.requiresPurchaseOrder() && !facts.hasAttachment()) {
			return false;
		}
		// b) staff
		if (facts.staff()) {
			return true;
		}
		// c) private offerings: only holders of ORDER.APPROVE_PRIVATE
		if (facts.privateOffering()) {
			return facts.holdsApprovePrivate();
		}
		// d) a provider ordering its own shared offering for its own projects
		if (facts.sharedOffering() && facts.offeringOfProjectCustomer() && facts.autoApproveInServiceProviderProjects()
				&& !facts.disableAutoapprove()) {
			return true;
		}
		// e) the provider's owners terminating
		if (facts.type() == Order.Type.TERMINATE && facts.userOwnsProvider()) {
			return true;
		}
		// f) roles the offering auto-approves
		if (facts.holdsAutoApproveRole()) {
			return true;
		}
		// g) whoever may approve orders of the project
		return facts.holdsApprove();
	}

	/**
	 * Whether the user may approve the order as the consumer: staff, or ORDER.APPROVE
	 * there.
	 */
	public static boolean mayApproveAsConsumer(Facts facts) {
		return facts.staff() || facts.holdsApprove();
	}

}
