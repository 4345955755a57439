import { render } from 'preact';

render(<h1>Calma</h1>, document.getElementById('app')!);
