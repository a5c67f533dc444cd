import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The file kept as proof of one claim item's cost; the bytes are in the object store under `objectKey`. */
@Entity('expense_claim_receipts')
@ObjectType('ExpenseClaimReceipt', { description: 'The receipt file of a claim item, as the server checked it' })
export class ExpenseClaimReceipt {
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ name: 'claim_id', type: 'uuid' })
  claimId: string;

  @Column({ name: 'object_key', type: 'text' })
  objectKey: string;

  @Column({ name: 'content_type', type: 'text' })
  @Field({ description: 'What the file is, judged by its bytes: application/pdf, image/jpeg, image/png or image/heic' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'int' })
  @Field(() => Int, { description: 'Size in bytes' })
  size: number;

  @Column({ type: 'text' })
  @Field({ description: 'SHA-256 of the file as the server received it, hexadecimal' })
  sha256: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  @Field(() => DateTimeResolver, { description: 'When the file was received; a new upload replaces it' })
  uploadedAt: Date;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy: string;
}

@ObjectType('ReceiptUploadUrl', { description: 'Where to send one receipt file: PUT the bytes to `url` before `expiresAt`' })
export class ReceiptUploadUrl {
  @Field({ description: "Relative to the gateway's origin unless the platform is configured with a public base URL" })
  url: string;

  @Field({ description: 'Always PUT' })
  method: string;

  @Field(() => DateTimeResolver, { description: 'When the link stops working: 10 minutes after it was issued' })
  expiresAt: Date;

  @Field(() => Int, { description: 'The largest file accepted, in bytes' })
  maxBytes: number;

  @Field({ description: 'The types accepted (checked by the file’s content, not its name)' })
  accepts: string;
}
