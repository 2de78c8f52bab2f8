/** Where rendered parts live: a folder for the console, an S3 bucket in the cloud. */

/** What a part says, beside its MP3: for the console's printout and for debugging. */
export interface PartInfo {
  seconds: number;
  /** The phrases in order, as said. */
  phrases: string[];
  /** The closing sentences, on the routine's last part (the console prints them). */
  closing?: string[];
}

export interface AudioStore {
  has(key: string): Promise<boolean>;
  put(key: string, mp3: Buffer, info: PartInfo): Promise<void>;
  /** An HTTPS URL a device can fetch the part from (for as long as a long pause lasts). */
  url(key: string): Promise<string>;
}
