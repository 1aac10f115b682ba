import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './StatusBadge';

describe('StatusBadge', () => {
  it('shows a status the app does not know as the server sent it, in a neutral badge', () => {
    const html = renderToStaticMarkup(<StatusBadge status="Postponed" />);
    expect(html).toContain('Postponed');
    expect(html).toContain('bo-badge-neutral');
  });

  it('marks cancelled things with a cross, not colour alone', () => {
    expect(renderToStaticMarkup(<StatusBadge status="Cancelled" />)).toContain('✕');
  });
});
