// Readability as an extension would bundle it into a content script.
import { Readability } from '@mozilla/readability';

globalThis.Readability = Readability;
