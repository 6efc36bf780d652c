import { render } from "preact";
import { config } from "zod/mini";
import { App } from "./app.js";
import "./styles.css";

// The Content-Security-Policy forbids eval: validation stays on zod's interpreter, as @redumbrella/questionnaire advises.
config({ jitless: true });

const root = document.getElementById("app");
if (root !== null) render(<App />, root);
