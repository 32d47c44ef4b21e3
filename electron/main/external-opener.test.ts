// Opening an address outside the console: the policy first, then the seller's yes, then the shell.
import { describe, expect, it, vi } from 'vitest';
import { confirmOpenDialogOptions, createExternalOpener } from './external-opener';

function setup(answer: boolean | Error = true) {
  const confirm = vi.fn<(url: string) => Promise<boolean>>(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const openExternal = vi.fn<(url: string) => Promise<void>>(async () => undefined);
  const log = vi.fn<(message: string, error?: unknown) => void>();
  return { open: createExternalOpener({ confirm, openExternal, log }), confirm, openExternal, log };
}

describe('createExternalOpener', () => {
  it('asks with the normalised address and opens it after a yes', async () => {
    const { open, confirm, openExternal } = setup(true);
    await expect(open('HTTPS://Help.Example.com/a')).resolves.toBe('opened');
    expect(confirm).toHaveBeenCalledWith('https://help.example.com/a');
    expect(openExternal).toHaveBeenCalledWith('https://help.example.com/a');
  });

  it('opens nothing when the seller says no', async () => {
    const { open, openExternal } = setup(false);
    await expect(open('https://example.com/')).resolves.toBe('declined');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'https://u:p@example.com/', 'seller-console://thread/1/2', 'http://example.com/', 42])(
    'refuses %j without even asking',
    async (raw) => {
      const { open, confirm, openExternal } = setup(true);
      await expect(open(raw)).resolves.toBe('refused');
      expect(confirm).not.toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('answers failed, and logs without the address, when the dialog throws', async () => {
    const { open, openExternal, log } = setup(new Error('no window'));
    await expect(open('https://example.com/?buyer=Jan%20Kowalski')).resolves.toBe('failed');
    expect(openExternal).not.toHaveBeenCalled();
    expect(JSON.stringify(log.mock.calls)).not.toContain('Kowalski');
  });
});

describe('confirmOpenDialogOptions', () => {
  it('shows the address and makes Cancel the default and the escape answer', () => {
    const options = confirmOpenDialogOptions('https://example.com/');
    expect(options.detail).toBe('https://example.com/');
    expect(options.buttons[options.defaultId]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
  });

  it('asks in the open profile’s language', () => {
    const options = confirmOpenDialogOptions('https://example.com/', 'pl');
    expect(options.title).toBe('Otworzyć w przeglądarce?');
    expect(options.buttons).toEqual(['Otwórz w przeglądarce', 'Anuluj']);
  });
});
