/**
 * CONTRACT (implemented by the dialog work): the skill factory every entry point shares.
 *   createSkill(deps) -> Skill   (ask-sdk-core; `skill.invoke(envelope)` answers a request)
 * Entry points differ only in where requests come from and which store they pass.
 */
import type { Skill } from 'ask-sdk-core';
import type { Voice } from './narration/types';
import type { UserStore } from './store/types';

export interface SkillDependencies {
  /** Where user records live (DynamoDB, embedded files, memory). */
  store: UserStore;
  /** Injected clock; defaults to the system clock. */
  clock?: () => Date;
  /** When set, requests for any other skill id are rejected. */
  skillId?: string;
  /** Structured log sink; defaults to console.log of one JSON line. */
  log?: (entry: Record<string, unknown>) => void;
  /** Speaking-rate profile for narration timing: 'alexa' (default) or 'espeak' (local audio). */
  voice?: Voice;
}

export declare function createSkill(deps: SkillDependencies): Skill;
