import { afterEach, describe, expect, it, vi } from 'vitest';
import { testFrame } from '../../../bench/scan-corpus/test-frame.ts';
import { createDecoder } from './index';

const wasmLoad = vi.hoisted(() => ({ fail: false }));

// The loaders fetch the `.wasm` and pull in browser bundles; here they are stand-ins that record calls.
vi.mock('./zxing-wasm-loader', () => ({
  loadZxingWasmEngine: () =>
    wasmLoad.fail
      ? Promise.reject(new Error('wasm blocked'))
      : Promise.resolve({ decodePixels: (image: ImageData) => Promise.resolve(`wasm:${image.width}`) }),
}));
vi.mock('./zxing-js-loader', () => ({
  loadZxingJsEngine: () => Promise.resolve({ decodePixels: () => Promise.resolve('js') }),
}));

afterEach(() => {
  wasmLoad.fail = false;
});

describe('createDecoder', () => {
  it('uses zxing-wasm first when there is no native BarcodeDetector', async () => {
    const decoder = await createDecoder();
    expect(decoder.engine).toBe('zxing-wasm');
    await expect(decoder.decode(testFrame())).resolves.toBe('wasm:640');
  });

  it('falls back to @zxing/browser when the wasm cannot load', async () => {
    wasmLoad.fail = true;
    const decoder = await createDecoder();
    expect(decoder.engine).toBe('zxing-browser');
    await expect(decoder.decode(testFrame())).resolves.toBe('js');
  });

  it('prefers the native detector when it reads QR codes', async () => {
    const detect = vi.fn(() => Promise.resolve([{ rawValue: 'native-token' }]));
    vi.stubGlobal(
      'BarcodeDetector',
      Object.assign(
        class {
          detect = detect;
        },
        { getSupportedFormats: () => Promise.resolve(['ean_13', 'qr_code']) },
      ),
    );
    try {
      const decoder = await createDecoder();
      expect(decoder.engine).toBe('barcode-detector');
      await expect(decoder.decode(testFrame())).resolves.toBe('native-token');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ignores a native detector that cannot read QR codes', async () => {
    vi.stubGlobal(
      'BarcodeDetector',
      Object.assign(class {}, { getSupportedFormats: () => Promise.resolve(['ean_13']) }),
    );
    try {
      await expect(createDecoder()).resolves.toMatchObject({ engine: 'zxing-wasm' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('answers null once disposed', async () => {
    const decoder = await createDecoder();
    decoder.dispose();
    await expect(decoder.decode(testFrame())).resolves.toBeNull();
  });
});
