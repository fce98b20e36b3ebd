import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ChunkLoadError } from './lazyPanel';

interface Props {
  /**
   * What to show instead of the children; gets a retry that renders them again (importing again a lazy
   * part whose code failed to download) and what was thrown, to tell a failed download from a bug.
   */
  fallback: (retry: () => void, error: unknown) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
  error: unknown;
}

/** Catches a render error in one panel so the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept visible to developers (a failed download shows as a ChunkLoadError); the user sees the fallback.
    console.warn('Panel failed to render:', error, info.componentStack);
  }

  private readonly retry = () => {
    if (this.state.error instanceof ChunkLoadError) this.state.error.forget();
    this.setState({ failed: false, error: undefined });
  };

  override render() {
    return this.state.failed ? this.props.fallback(this.retry, this.state.error) : this.props.children;
  }
}
