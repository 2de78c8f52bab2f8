/**
 * Collects the pieces of one answer. Text from i18n and content is escaped here, once; only
 * narration chunks (already valid SSML) go in as markup.
 */
import { escapeXmlCharacters } from 'ask-sdk-core';

export class Speech {
  private readonly parts: string[] = [];

  /** Plain text: escaped for SSML. */
  say(text: string): this {
    if (text) this.parts.push(escapeXmlCharacters(text));
    return this;
  }

  /** Trusted SSML from the narration (no <speak> wrapper). */
  ssml(markup: string): this {
    if (markup) this.parts.push(markup);
    return this;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The SSML body, without <speak>: ask-sdk's speak() adds it. */
  toString(): string {
    return this.parts.join(' ');
  }
}
