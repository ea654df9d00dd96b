package io.stackshift.marketplace;

import io.stackshift.identity.Caller;
import io.stackshift.identity.Permissions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which offerings a user may order from, and whether a plan still takes resources. */
@Service
@Transactional(readOnly = true)
public class Catalog {

	private final Plans plans;

	private final Resources resources;

	private final Permissions permissions;

	public Catalog(Plans plans, Resources resources, Permissions permissions) {
		this.plans = plans;
		this.resources = resources;
		this.permissions = permissions;
	}

	/**
	 * Waldur's "available for ordering": an active or paused offering that is shared, or
	 * that has a live plan and whose provider the user is connected to (staff and
	 * support: any offering with a live plan).
	 */
	public boolean isOrderableBy(Caller caller, Offering offering) {
		if (!offering.acceptsOrders()) {
			return false;
		}
		if (offering.isShared()) {
			return true;
		}
		boolean hasLivePlan = this.plans.existsByOfferingAndArchivedFalse(offering);
		return hasLivePlan && (caller.seesEverything() || this.permissions.sees(caller, offering.getCustomer()));
	}

	/** A plan is available while not archived and under its {@code max_amount}. */
	public boolean isAvailable(Plan plan) {
		return !plan.isArchived() && plan.isAvailable(this.resources.countLiveOnPlan(plan));
	}

}
