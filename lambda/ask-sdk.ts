/**
 * The ask-sdk-core functions and classes the skill calls, imported in this one file; the rest
 * of lambda/ imports them from here (types still come from ask-sdk-core, `import type`).
 *
 * Why: the Lambda bundle is CommonJS, and esbuild gives every file that imports a CommonJS
 * package its own copy of the package's exports (`__toESM`: a getter per export). With 27
 * files importing ask-sdk-core that was about 2 ms of CPU at every cold start (bench/README.md,
 * issue 17); through this file it is one copy. ESLint keeps it that way.
 */
export {
  DefaultApiClient,
  escapeXmlCharacters,
  getApiAccessToken,
  getDeviceId,
  getIntentName,
  getRequest,
  getRequestType,
  getSlot,
  getSupportedInterfaces,
  getUserId,
  Skill,
  SkillBuilders,
} from 'ask-sdk-core';
