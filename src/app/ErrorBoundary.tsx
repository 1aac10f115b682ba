import { Component, type ErrorInfo, type ReactNode } from 'react';
import { defineMessages, t } from '../lib/i18n';

const messages = defineMessages({
  title: { id: 'error.title', defaultMessage: 'Something went wrong' },
  body: {
    id: 'error.body',
    defaultMessage: 'The app hit an unexpected error. Scans already saved on this device are kept.',
  },
  retry: { id: 'error.retry', defaultMessage: 'Try again' },
  back: { id: 'error.back', defaultMessage: 'Back to the scanner' },
});

interface State {
  error: Error | null;
}

/** Catches unexpected errors so a screen never goes blank; offers a way back. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unexpected error in the app', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="fatal" role="alert">
        <h1>{t(messages.title)}</h1>
        <p>{t(messages.body)}</p>
        <p className="muted">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t(messages.retry)}
        </button>{' '}
        <a href="/">{t(messages.back)}</a>
      </main>
    );
  }
}
