/**
 * Lets components reach the timeline engine imperatively (zoom buttons, reveal an event, export
 * the canvas) without routing anything through React state. Null until the timeline is mounted.
 */
import { createContext, useContext } from 'react';
import type { TimelineEngine } from '../timeline/engine.ts';

export interface EngineRef {
  current: TimelineEngine | null;
}

export const TimelineEngineContext = createContext<EngineRef>({ current: null });

export function useTimelineEngine(): EngineRef {
  return useContext(TimelineEngineContext);
}
