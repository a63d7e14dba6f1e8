/*
 * <landmark-picker>: the trainee clicks one point per landmark on a diagram (e.g. the frontal hairline centre and
 * both temporal points on a head outline). It only reports coordinates, in the image's viewBox units; it knows
 * nothing of the target regions, which stay on the server where the answer is graded.
 *
 * Attributes: src (image URL), view-width / view-height (the SVG viewBox size), landmarks (JSON [{id,label}]),
 * points (JSON {id: {x, y}}), disabled.
 * Event: points-changed, detail.points = JSON {id: {x, y}}.
 */
class LandmarkPicker extends HTMLElement {
  static get observedAttributes() {
    return ['src', 'view-width', 'view-height', 'landmarks', 'points', 'disabled'];
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this._active = 0;
  }

  connectedCallback() {
    this._render();
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this._render();
    }
  }

  get _landmarks() {
    try { return JSON.parse(this.getAttribute('landmarks') || '[]'); } catch (e) { return []; }
  }

  get _points() {
    try { return JSON.parse(this.getAttribute('points') || '{}'); } catch (e) { return {}; }
  }

  _render() {
    const landmarks = this._landmarks;
    const points = this._points;
    const vw = Number(this.getAttribute('view-width')) || 100;
    const vh = Number(this.getAttribute('view-height')) || 100;
    const disabled = this.hasAttribute('disabled');
    if (this._active >= landmarks.length) {
      this._active = 0;
    }
    const root = this.shadowRoot;
    root.innerHTML = '';
    const style = document.createElement('style');
    style.textContent = `
      :host { display: block; max-width: 420px; font-family: inherit; }
      .choices { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 8px; }
      button { font: inherit; border: 1px solid #b7c7ca; background: #fff; border-radius: 16px; padding: 4px 10px;
               cursor: pointer; display: inline-flex; align-items: center; gap: 6px; }
      button[aria-pressed="true"] { border-color: #0b6e75; background: #e3f2f3; font-weight: 600; }
      .num { display: inline-grid; place-items: center; width: 18px; height: 18px; border-radius: 50%;
             background: #0b6e75; color: #fff; font-size: 12px; }
      .num.unset { background: #9aa9ad; }
      .stage { position: relative; cursor: crosshair; border: 1px solid #d5dfe1; border-radius: 8px;
               overflow: hidden; background: #fff; }
      .stage.disabled { cursor: default; }
      img { display: block; width: 100%; height: auto; user-select: none; -webkit-user-drag: none; }
      .marker { position: absolute; width: 22px; height: 22px; margin: -11px 0 0 -11px; border-radius: 50%;
                background: #0b6e75; color: #fff; font-size: 12px; display: grid; place-items: center;
                box-shadow: 0 0 0 2px #fff, 0 1px 4px rgba(0,0,0,.4); pointer-events: none; }
      .hint { font-size: 13px; color: #5b6b73; margin: 6px 0 0; }
    `;
    root.appendChild(style);

    const choices = document.createElement('div');
    choices.className = 'choices';
    choices.setAttribute('role', 'group');
    choices.setAttribute('aria-label', 'Landmark to place');
    landmarks.forEach((l, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('aria-pressed', String(i === this._active));
      const num = document.createElement('span');
      num.className = 'num' + (points[l.id] ? '' : ' unset');
      num.textContent = String(i + 1);
      b.appendChild(num);
      b.appendChild(document.createTextNode(l.label));
      b.disabled = disabled;
      b.addEventListener('click', () => { this._active = i; this._render(); });
      choices.appendChild(b);
    });
    root.appendChild(choices);

    const stage = document.createElement('div');
    stage.className = 'stage' + (disabled ? ' disabled' : '');
    const img = document.createElement('img');
    img.src = this.getAttribute('src') || '';
    img.alt = 'Diagram: click to place the selected landmark';
    img.draggable = false;
    stage.appendChild(img);
    landmarks.forEach((l, i) => {
      const p = points[l.id];
      if (p) {
        const m = document.createElement('span');
        m.className = 'marker';
        m.textContent = String(i + 1);
        m.style.left = (p.x / vw * 100) + '%';
        m.style.top = (p.y / vh * 100) + '%';
        m.title = l.label;
        stage.appendChild(m);
      }
    });
    stage.addEventListener('click', (e) => {
      if (disabled || landmarks.length === 0) {
        return;
      }
      const r = img.getBoundingClientRect();
      const x = Math.round((e.clientX - r.left) / r.width * vw * 10) / 10;
      const y = Math.round((e.clientY - r.top) / r.height * vh * 10) / 10;
      const next = Object.assign({}, this._points);
      next[landmarks[this._active].id] = { x, y };
      this._active = (this._active + 1) % landmarks.length;
      this.setAttribute('points', JSON.stringify(next));
      this.dispatchEvent(new CustomEvent('points-changed', { detail: { points: JSON.stringify(next) } }));
    });
    root.appendChild(stage);

    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = 'Choose a landmark, then click where it belongs. Click again to move it.';
    root.appendChild(hint);
  }
}

if (!customElements.get('landmark-picker')) {
  customElements.define('landmark-picker', LandmarkPicker);
}
