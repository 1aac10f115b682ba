/**
 * The platform's `BarcodeDetector` (Android, ChromeOS, macOS; not Linux Chromium). TypeScript's DOM lib
 * does not describe it yet, so the little we use is declared here.
 */
import type { DecodeFrame } from './types';

interface DetectedBarcode {
  rawValue: string;
}

interface NativeDetector {
  detect(source: DecodeFrame): Promise<DetectedBarcode[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): NativeDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** A QR detector when the platform has one that reads `qr_code`, else null. */
export async function createNativeQrDetector(): Promise<NativeDetector | null> {
  const Detector = (globalThis as { BarcodeDetector?: NativeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  try {
    const formats = await Detector.getSupportedFormats();
    return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
  } catch {
    // Some builds expose the class but throw when the platform service is missing.
    return null;
  }
}

/** First QR text in the frame; a video without a current frame reads as "nothing". */
export async function detectQr(detector: NativeDetector, frame: DecodeFrame): Promise<string | null> {
  if ('readyState' in frame && frame.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return null;
  const found = await detector.detect(frame);
  return found[0]?.rawValue ?? null;
}
