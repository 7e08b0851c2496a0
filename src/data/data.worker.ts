/// <reference lib="webworker" />
/**
 * The one worker that holds the validator: it checks the plan layers at start-up and the
 * files users import. One worker script means the validator (and zod) ships once.
 */

import type { ImportRequest } from './import/import-protocol.ts';
import { runImport } from './import/import-task.ts';
import type { PlanValidationRequest } from './plan-data.ts';
import { validatePlanTexts } from './plan-validation.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<PlanValidationRequest | ImportRequest>) => {
  const request = e.data;
  if (request.kind === 'plan') self.postMessage(validatePlanTexts(request.texts, request.changed));
  else void runImport(request.file, (m) => self.postMessage(m), request.zoneEpsg);
};
