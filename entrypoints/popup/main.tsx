import { render } from 'preact';

render(<p>Embodied</p>, document.getElementById('app')!);
