import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { DataErrorPanel } from './DataErrorPanel';

interface Props {
  /** Shown while the data loads. */
  loading: ReactNode;
  /** Shown above the error: the page's heading, where the content would have rendered it. */
  heading?: ReactNode;
  /** Shown under the error, e.g. what the person had chosen, so they see nothing was lost. */
  kept?: ReactNode;
  children: ReactNode;
}

/**
 * Where a page waits for its data: a loading line while it arrives, and if it cannot be loaded the
 * file and what happened, with a Retry that fetches it again.
 */
export function DataBoundary({ loading, heading, kept, children }: Props) {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <Caught onRetry={reset} heading={heading} kept={kept}>
      <Suspense fallback={loading}>{children}</Suspense>
    </Caught>
  );
}

class Caught extends Component<
  { onRetry: () => void; heading: ReactNode; kept: ReactNode; children: ReactNode },
  { error: unknown; failed: boolean }
> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  private readonly retry = () => {
    this.props.onRetry();
    this.setState({ error: null, failed: false });
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        {this.props.heading}
        <DataErrorPanel error={this.state.error} onRetry={this.retry} />
        {this.props.kept}
      </>
    );
  }
}
