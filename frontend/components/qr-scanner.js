/*
 * <qr-scanner>: a "Scan QR" button that opens the rear camera and reads a QR code with the browser's
 * BarcodeDetector API (Chromium on Android and desktop). Where the API or a camera is missing, it says so and the
 * typed code remains the way in. It reports only the text read; the server checks it like a typed code.
 * Event: code-scanned, detail.value = the QR's text (the certificate's verify URL).
 */
class QrScanner extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._stream = null;
    this._timer = null;
  }

  connectedCallback() {
    const supported = 'BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia;
    this.shadowRoot.innerHTML = `
      <style>
        :host { display: inline-block; }
        button { font: inherit; padding: 0.45em 0.9em; border-radius: var(--lumo-border-radius-m, 6px);
                 border: 1px solid var(--lumo-contrast-30pct, #bbb); background: var(--lumo-base-color, #fff);
                 color: var(--lumo-primary-text-color, #1a55c4); cursor: pointer; }
        button[disabled] { color: var(--lumo-disabled-text-color, #999); cursor: default; }
        .panel { margin-top: 0.5em; }
        video { width: min(100%, 22rem); border-radius: 8px; background: #000; display: block; }
        .hint { font-size: 0.875em; color: var(--lumo-secondary-text-color, #666); margin-top: 0.25em; }
      </style>
      <button part="button" id="scan" ${supported ? '' : 'disabled'}>Scan QR</button>
      <div class="hint" id="hint">${supported ? '' : 'This browser cannot read QR codes; type the code instead.'}</div>
      <div class="panel" id="panel" hidden><video id="video" playsinline muted></video>
        <button id="stop">Stop camera</button></div>`;
    this.shadowRoot.getElementById('scan').addEventListener('click', () => this._start());
    this.shadowRoot.getElementById('stop').addEventListener('click', () => this._stop());
  }

  disconnectedCallback() {
    this._stop();
  }

  async _start() {
    const hint = this.shadowRoot.getElementById('hint');
    try {
      const detector = new BarcodeDetector({ formats: ['qr_code'] });
      this._stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      const video = this.shadowRoot.getElementById('video');
      video.srcObject = this._stream;
      await video.play();
      this.shadowRoot.getElementById('panel').hidden = false;
      hint.textContent = 'Point the camera at the QR code on the certificate.';
      const tick = async () => {
        if (!this._stream) return;
        try {
          const codes = await detector.detect(video);
          if (codes.length > 0) {
            const value = codes[0].rawValue;
            this._stop();
            hint.textContent = 'QR code read.';
            this.dispatchEvent(new CustomEvent('code-scanned', { detail: { value } }));
            return;
          }
        } catch (e) { /* a frame that could not be read: try the next */ }
        this._timer = setTimeout(tick, 250);
      };
      tick();
    } catch (e) {
      this._stop();
      hint.textContent = e && e.name === 'NotAllowedError'
        ? 'Camera access was refused; type the code instead.'
        : 'The camera could not be opened; type the code instead.';
    }
  }

  _stop() {
    clearTimeout(this._timer);
    if (this._stream) {
      this._stream.getTracks().forEach(t => t.stop());
      this._stream = null;
    }
    const panel = this.shadowRoot && this.shadowRoot.getElementById('panel');
    if (panel) panel.hidden = true;
  }
}
customElements.define('qr-scanner', QrScanner);
