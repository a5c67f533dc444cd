import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useMutation } from '../../api/hooks';
import { graphql } from '../../gql';
import { FormField } from '../../ui/form-field';

const RequestReceiptUpload = graphql(`
  mutation RequestReceiptUpload($itemId: ID!) {
    requestReceiptUpload(itemId: $itemId) {
      url
      method
      maxBytes
    }
  }
`);

/** The largest receipt the platform takes (finance checks it again, and the file's type by its content). */
export const MAX_RECEIPT_BYTES = 10 * 1024 * 1024;
const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/heif'];
const ACCEPTED_EXTENSIONS = /\.(pdf|jpe?g|png|heic|heif)$/i;
/** What the file input offers; the server decides by the file's first bytes. */
export const RECEIPT_ACCEPT = 'application/pdf,image/jpeg,image/png,image/heic,image/heif,.pdf,.jpg,.jpeg,.png,.heic,.heif';

export type ReceiptProblem = 'tooLarge' | 'wrongType' | 'linkExpired' | 'claimMoved' | 'failed';

/** A problem found before sending: too large, or plainly not a photo or PDF. */
export function receiptProblemOf(file: File): ReceiptProblem | null {
  if (file.size > MAX_RECEIPT_BYTES) return 'tooLarge';
  if (file.size === 0 || !(ACCEPTED_TYPES.includes(file.type) || ACCEPTED_EXTENSIONS.test(file.name))) return 'wrongType';
  return null;
}

function problemOfStatus(status: number): ReceiptProblem {
  if (status === 413) return 'tooLarge';
  if (status === 415) return 'wrongType';
  if (status === 403) return 'linkExpired';
  if (status === 409) return 'claimMoved';
  return 'failed';
}

/** Asks finance for an upload link for one claim item and sends the file there (the gateway's /uploads path). */
export function useReceiptUpload() {
  const [requestUpload] = useMutation(RequestReceiptUpload);
  return async (itemId: string, file: File): Promise<ReceiptProblem | null> => {
    const early = receiptProblemOf(file);
    if (early) return early;
    const link = (await requestUpload({ itemId })).data?.requestReceiptUpload;
    if (!link) return 'failed';
    try {
      const response = await fetch(link.url, {
        method: link.method,
        body: file,
        headers: { 'content-type': file.type || 'application/octet-stream' },
      });
      return response.status === 201 ? null : problemOfStatus(response.status);
    } catch {
      return 'failed';
    }
  };
}

export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / 1024 / 1024, 'MB');
  return format(Math.max(bytes / 1024, 0.1), 'kB');
}

/**
 * One claim item's receipt on the volunteer's own page: what is there, and a file input to add or replace it while
 * the claim is a draft or sent back. After an upload it says which file went, how large, and "Bon toegevoegd".
 */
export function ReceiptUpload({
  itemId,
  label,
  receipt,
  editable,
  language,
  onUploaded,
}: {
  itemId: string;
  label: string;
  receipt: { contentType: string; size: number } | null | undefined;
  editable: boolean;
  language: string;
  onUploaded(): void;
}) {
  const upload = useReceiptUpload();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ReceiptProblem | null>(null);
  const [sent, setSent] = useState<{ name: string; size: number } | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setSent(null);
    const failed = await upload(itemId, file);
    setBusy(false);
    if (failed) setProblem(failed);
    else {
      setSent({ name: file.name, size: file.size });
      onUploaded();
    }
  };

  return (
    <div className="receipt-upload" data-testid="receipt-upload">
      <p className="receipt-upload__state" role="status">
        {busy ? (
          <FormattedMessage id="me.receipt.busy" />
        ) : sent ? (
          <FormattedMessage id="me.receipt.added" values={{ name: sent.name, size: formatFileSize(sent.size, language) }} />
        ) : receipt ? (
          <FormattedMessage id="me.receipt.present" values={{ size: formatFileSize(receipt.size, language) }} />
        ) : (
          <FormattedMessage id="me.receipt.missing" />
        )}
      </p>
      {editable && (
        <FormField
          label={<FormattedMessage id={receipt || sent ? 'me.receipt.replace' : 'me.receipt.choose'} values={{ item: label }} />}
          hint={<FormattedMessage id="me.receipt.hint" />}
          problems={problem ? [{ field: 'receipt', serverMessage: '', messageId: `me.receipt.${problem}` }] : []}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              accept={RECEIPT_ACCEPT}
              disabled={busy}
              onChange={(event) => {
                void choose(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          )}
        </FormField>
      )}
    </div>
  );
}
