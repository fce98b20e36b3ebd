import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the children; gets a retry that re-renders them. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/** Catches a render error in one panel so the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept visible to developers; the user sees the fallback.
    console.warn('Panel failed to render:', error, info.componentStack);
  }

  override render() {
    return this.state.failed
      ? this.props.fallback(() => this.setState({ failed: false }))
      : this.props.children;
  }
}
