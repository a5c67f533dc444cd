import { Role } from '@buurtvolk/identity';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context';
import { ExpenseClaimItem } from '../expense-claim.entity';
import { ExpenseClaimReceipt, ReceiptUploadUrl } from './receipt.entity';

@Resolver(() => ExpenseClaimReceipt)
export class ExpenseClaimReceiptResolver {
  @Authorized(Role.VOLUNTEER, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => ReceiptUploadUrl, {
    description:
      'A short-lived link to upload the receipt file of one claim item (PDF, JPEG, PNG or HEIC, at most 10 MB): for the claimant while the claim is a draft or sent back, or an admin until it is decided. A new file replaces the old one.',
  })
  requestReceiptUpload(
    @Arg('itemId', () => ID, { description: 'The claim item the receipt belongs to (ExpenseClaimItem.id)' }) itemId: string,
    @Ctx() ctx: FinanceContext,
  ) {
    return ctx.receipts.uploadUrl(itemId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A link that shows the file for a few minutes; for the claimant, admins and the coordinators who decide on the claim',
  })
  viewUrl(@Root() receipt: ExpenseClaimReceipt, @Ctx() ctx: FinanceContext) {
    return ctx.receipts.viewUrl(receipt);
  }
}

@Resolver(() => ExpenseClaimItem)
export class ExpenseClaimItemReceiptResolver {
  @FieldResolver(() => ExpenseClaimReceipt, {
    nullable: true,
    description:
      'The uploaded receipt file, as the server checked it; for the claimant, admins and the coordinators who decide on the claim',
  })
  receipt(@Root() item: ExpenseClaimItem, @Ctx() ctx: FinanceContext) {
    return ctx.receipts.receiptOf(item);
  }
}
