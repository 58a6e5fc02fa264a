/**
 * The invocation clock: on the virtual clock only the latency charged counts (so a busy machine or
 * the emulator's own work never changes where an invocation's time runs out); on the real clock
 * real time counts.
 */
import { InvocationClock } from '../../../../emulator/forge-host/invocation-clock';

const timeout = () => new Error('FUNCTION_TIME_OUT');

/** Keeps the thread busy for `ms` of real time (as a loaded machine or the emulator would). */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('InvocationClock', () => {
  it('on the virtual clock counts only the latency charged, not real time', async () => {
    const clock = new InvocationClock(1000, timeout, 'virtual');
    busy(30);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.elapsedMs()).toBe(0);
    clock.charge(600);
    busy(30);
    expect(clock.elapsedMs()).toBe(600);
    expect(clock.remainingMs()).toBe(400);
    expect(clock.stoppedBy).toBeUndefined();
    clock.charge(400);
    expect(clock.stoppedBy?.message).toBe('FUNCTION_TIME_OUT');
    await expect(clock.expired).rejects.toThrow('FUNCTION_TIME_OUT');
    clock.finish();
  });

  it('on the real clock counts real time and stops the invocation at its limit', async () => {
    const clock = new InvocationClock(40, timeout, 'real');
    busy(10);
    expect(clock.elapsedMs()).toBeGreaterThanOrEqual(10);
    await expect(clock.expired).rejects.toThrow('FUNCTION_TIME_OUT');
    expect(clock.stoppedBy).toBeDefined();
    clock.finish();
  });
});
