// The rendering module's public face: templates by name, safe rendering, markers and the comment limit.
export { escapeUserText, escapeFor, normalise, type EscapeOptions, type Placement } from '../text/escape.js';
export { fitComment, COMMENT_LIMIT, truncationNote } from '../text/fit.js';
export { marker, parseMarkers, findMarker, type ParsedMarker } from '../state/markers.js';
export { findMentions, mentionAllowList, neutraliseMentions, ZWSP } from '../text/mentions.js';
export { renderTemplate, type RenderOptions } from './render.js';
export { TemplateRegistry, UnknownTemplateError, OVERRIDES_DIRECTORY } from './registry.js';
export { parseTemplate, TemplateError, type LoadedTemplate } from './template.js';
export { sampleViews } from './samples.js';
export * from '../domain/views.js';
