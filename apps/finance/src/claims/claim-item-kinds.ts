import { ClaimItemKind, ExpenseCategory } from './expense-claim.entity';

export { ClaimItemKind };

/**
 * Whose expense a claim item is (ClaimItemKind, in the entity), and the default per category.
 *
 * Source: Belastingdienst, vrijwilligersregeling ("Vrijwilligersvergoeding", belastingdienst.nl → Vrijwilligers →
 * Vergoedingen), as read in issue 16: a reimbursement of the volunteer's OWN costs (travel, phone) paid next to an
 * allowance counts towards the monthly and yearly maximum of the volunteer allowance; what a volunteer advances for
 * the organisation (groceries for a neighbourhood dinner, materials) is the organisation's own expense, not a payment
 * to the volunteer, and never counts towards their maximum. Have the fiscal reading checked when the rules change.
 *
 * The kind an item gets when the claimant does not say is what costs of its category usually are.
 */
export const DEFAULT_KIND: Record<ExpenseCategory, ClaimItemKind> = {
  [ExpenseCategory.TRAVEL]: ClaimItemKind.OWN_COSTS,
  [ExpenseCategory.MATERIALS]: ClaimItemKind.ADVANCE_FOR_FOUNDATION,
  [ExpenseCategory.FOOD]: ClaimItemKind.ADVANCE_FOR_FOUNDATION,
  [ExpenseCategory.OTHER]: ClaimItemKind.OWN_COSTS,
};
