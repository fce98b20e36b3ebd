import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from '../../src/components/UpdateNotice';

describe('the update notice', () => {
  it('keeps an empty polite live region until a new version waits, so the message is announced', () => {
    const { rerender } = render(<UpdateNotice waiting={false} onReload={vi.fn()} onDismiss={vi.fn()} />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();

    rerender(<UpdateNotice waiting onReload={vi.fn()} onDismiss={vi.fn()} />);
    // The same element, now filled: a region inserted with its text is not announced by every reader.
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('A new version of Paypath is ready.');
    expect(region).toHaveTextContent('Your scenario is in the link, so reloading keeps it.');
  });

  it('reloads only when asked, from the keyboard too, and Later puts it away', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdateNotice waiting onReload={onReload} onDismiss={onDismiss} />);
    const notice = screen.getByRole('status');
    expect(onReload).not.toHaveBeenCalled();

    await user.tab();
    expect(within(notice).getByRole('button', { name: 'Reload' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onReload).toHaveBeenCalledTimes(1);

    await user.click(within(notice).getByRole('button', { name: 'Later' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
