import type { ReactNode } from 'react';

interface Props {
  title: string;
  tone: 'info' | 'warning' | 'error';
  children: ReactNode;
  onDismiss?: () => void;
}

/** A message box. Errors are announced at once (role="alert"); the rest politely. */
export function Notice({ title, tone, children, onDismiss }: Props) {
  return (
    <section
      className={`notice notice--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-label={title}
    >
      <div className="notice__body">
        <strong className="notice__title">{title}</strong>
        {children}
      </div>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </section>
  );
}
