import { useState, type ReactNode } from 'react';

/**
 * A <details> whose open state is set once, when it first appears; after that the person opens and
 * closes it. (A changing `open` prop would reopen or close it whenever the list around it reorders.)
 */
export function Disclosure({
  initiallyOpen,
  className,
  children,
}: {
  initiallyOpen: boolean;
  className?: string;
  children: ReactNode;
}) {
  const [open] = useState(initiallyOpen);
  return (
    <details className={className} open={open}>
      {children}
    </details>
  );
}
