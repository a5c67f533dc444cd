import { type ReactNode, useEffect } from 'react';
import { useIntl } from 'react-intl';

/** A page's one h1, also the browser tab's title, so a screen reader and a tab list both say where you are. */
export function Page({
  titleId,
  titleValues,
  children,
}: {
  titleId: string;
  titleValues?: Record<string, string | number>;
  children: ReactNode;
}) {
  const intl = useIntl();
  const title = intl.formatMessage({ id: titleId }, titleValues);
  useEffect(() => {
    document.title = `${title} · Buurtvolk`;
  }, [title]);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}

export function Loading() {
  const intl = useIntl();
  return (
    <p className="loading" role="status">
      {intl.formatMessage({ id: 'common.loading' })}
    </p>
  );
}
