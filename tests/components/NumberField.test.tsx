import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NumberField } from '../../components/dashboard/NumberField';

const share = { default: 1 / 3, min: 0, max: 1 };

describe('NumberField', () => {
  it('shows a share as a percentage and stores a share', async () => {
    const onChange = vi.fn();
    render(<NumberField label="Warn above this share" spec={share} value={undefined} percent locale="en" onChange={onChange} />);
    const input = screen.getByLabelText('Warn above this share');
    expect(screen.getByText('Default 33.33%; from 0% to 100%.')).toBeTruthy();
    await userEvent.type(input, '25');
    expect(onChange).toHaveBeenLastCalledWith(0.25);
  });

  it('takes a Dutch decimal comma', async () => {
    const onChange = vi.fn();
    render(<NumberField label="Drempel" spec={{ default: 3, min: 1, max: 10 }} value={undefined} percent={false} locale="nl" onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Drempel'), '2,5');
    expect(onChange).toHaveBeenLastCalledWith(2.5);
  });

  it('an invalid entry says what is allowed, and the default applies meanwhile', async () => {
    const onChange = vi.fn();
    render(<NumberField label="Days" spec={{ default: 365, min: 7, max: 3650 }} value={undefined} percent={false} integer locale="en" onChange={onChange} />);
    const input = screen.getByLabelText('Days');
    await userEvent.type(input, '3');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number from 7 to 3,650. Until then the default (365) applies.')).toBeTruthy();
    await userEvent.type(input, '0');
    expect(onChange).toHaveBeenLastCalledWith(30);
    expect(input.getAttribute('aria-invalid')).toBe('false');
    await userEvent.type(input, '.5');
    expect(onChange).toHaveBeenLastCalledWith(undefined);
  });
});
