package io.stackshift.marketplace;

import io.stackshift.marketplace.ConsumerReview.Facts;
import org.junit.jupiter.api.Test;

import static io.stackshift.marketplace.ConsumerReview.mayApproveAsConsumer;
import static io.stackshift.marketplace.ConsumerReview.skipsConsumerReview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waldur's {@code order_should_not_be_reviewed_by_consumer}, rule by rule (reference
 * section 3, a to g), each case starting from a user who holds nothing.
 */
class ConsumerReviewTests {

	/** A CREATE order of a shared, billable offering by a user with no rights at all. */
	private static final Facts NOBODY = new Facts(false, false, false, false, true, false, false, false,
			Order.Type.CREATE, false, false, false, false);

	@Test
	void aUserWithoutAnyRightMustBeReviewed() {
		assertThat(skipsConsumerReview(NOBODY)).isFalse();
		assertThat(mayApproveAsConsumer(NOBODY)).isFalse();
	}

	@Test
	void ruleA_aMissingPurchaseOrderNeedsReviewEvenForStaff() {
		Facts staffWithoutAttachment = new Facts(true, false, true, false, true, false, false, false, Order.Type.CREATE,
				false, false, true, true);
		assertThat(skipsConsumerReview(staffWithoutAttachment)).isFalse();
		Facts staffWithAttachment = new Facts(true, true, true, false, true, false, false, false, Order.Type.CREATE,
				false, false, false, false);
		assertThat(skipsConsumerReview(staffWithAttachment)).isTrue();
	}

	@Test
	void ruleA_doesNotStopStaffFromApprovingAsConsumer() {
		Facts staffWithoutAttachment = new Facts(true, false, true, false, true, false, false, false, Order.Type.CREATE,
				false, false, false, false);
		assertThat(mayApproveAsConsumer(staffWithoutAttachment)).isTrue();
	}

	@Test
	void ruleB_staffSkipsReview() {
		assertThat(skipsConsumerReview(new Facts(false, false, true, false, true, false, false, false,
				Order.Type.CREATE, false, false, false, false)))
			.isTrue();
	}

	@Test
	void ruleC_privateOfferingsNeedApprovePrivate() {
		Facts withApproveOnly = new Facts(false, false, false, true, false, false, false, false, Order.Type.CREATE,
				false, true, true, false);
		assertThat(skipsConsumerReview(withApproveOnly)).as("ORDER.APPROVE and an auto-approve role do not suffice")
			.isFalse();
		Facts withApprovePrivate = new Facts(false, false, false, true, false, false, false, false, Order.Type.CREATE,
				false, false, false, true);
		assertThat(skipsConsumerReview(withApprovePrivate)).isTrue();
	}

	@Test
	void ruleD_providerOrderingItsOwnSharedOfferingIsAutoApprovedUnlessDisabled() {
		Facts own = new Facts(false, false, false, false, true, true, true, false, Order.Type.CREATE, false, false,
				false, false);
		assertThat(skipsConsumerReview(own)).isTrue();
		Facts disabled = new Facts(false, false, false, false, true, true, true, true, Order.Type.CREATE, false, false,
				false, false);
		assertThat(skipsConsumerReview(disabled)).isFalse();
		Facts optionOff = new Facts(false, false, false, false, true, true, false, false, Order.Type.CREATE, false,
				false, false, false);
		assertThat(skipsConsumerReview(optionOff)).isFalse();
		Facts otherCustomer = new Facts(false, false, false, false, true, false, true, false, Order.Type.CREATE, false,
				false, false, false);
		assertThat(skipsConsumerReview(otherCustomer)).isFalse();
	}

	@Test
	void ruleE_providerOwnersTerminatingSkipReviewButNeverCreating() {
		Facts terminate = new Facts(false, false, false, false, true, false, false, false, Order.Type.TERMINATE, true,
				false, false, false);
		assertThat(skipsConsumerReview(terminate)).isTrue();
		Facts create = new Facts(false, false, false, false, true, false, false, false, Order.Type.CREATE, true, false,
				false, false);
		assertThat(skipsConsumerReview(create)).isFalse();
	}

	@Test
	void ruleF_anAutoApprovedRoleSkipsReview() {
		assertThat(skipsConsumerReview(new Facts(false, false, false, false, true, false, false, false,
				Order.Type.CREATE, false, true, false, false)))
			.isTrue();
	}

	@Test
	void ruleG_orderApproveSkipsReviewAndMayApprove() {
		Facts approver = new Facts(false, false, false, false, true, false, false, false, Order.Type.CREATE, false,
				false, true, false);
		assertThat(skipsConsumerReview(approver)).isTrue();
		assertThat(mayApproveAsConsumer(approver)).isTrue();
	}

	@Test
	void anAutoApprovedRoleDoesNotMakeAConsumerApprover() {
		Facts autoRole = new Facts(false, false, false, false, true, false, false, false, Order.Type.CREATE, false,
				true, false, false);
		assertThat(mayApproveAsConsumer(autoRole)).isFalse();
	}

}
