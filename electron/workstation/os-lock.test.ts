import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { lockOnOsEvents, type PowerEvents } from './os-lock';

describe('lockOnOsEvents', () => {
  it('locks every profile and reloads the windows when the OS locks or suspends, and not otherwise', () => {
    const power = new EventEmitter();
    const calls: string[] = [];
    lockOnOsEvents(
      power as PowerEvents,
      () => calls.push('lockAll'),
      () => calls.push('reload'),
    );
    power.emit('resume');
    expect(calls).toEqual([]);
    power.emit('lock-screen');
    power.emit('suspend');
    expect(calls).toEqual(['lockAll', 'reload', 'lockAll', 'reload']);
  });
});
