/**
 * Collects the pieces of one answer. Text from i18n and content is escaped here, once; only
 * narration chunks (already valid SSML) go in as markup.
 */
import { escapeXmlCharacters } from '../ask-sdk';

export class Speech {
  private readonly parts: string[] = [];
  private readonly plain: string[] = [];

  /** Plain text: escaped for SSML. */
  say(text: string): this {
    if (text) {
      this.parts.push(escapeXmlCharacters(text));
      this.plain.push(text);
    }
    return this;
  }

  /** Trusted SSML from the narration (no <speak> wrapper). */
  ssml(markup: string): this {
    if (markup) this.parts.push(markup);
    return this;
  }

  /** The plain-text parts only (no narration): for cards. */
  get text(): string {
    return this.plain.join(' ');
  }

  /** The SSML body, without <speak>: ask-sdk's speak() adds it. */
  toString(): string {
    return this.parts.join(' ');
  }
}
