// Keyboard shortcuts of the registration form: Alt+1…6 request type, Alt+letter channel, Ctrl+Enter accept and save.
const channelKeys = { p: "Phone", w: "Website", a: "App", x: "WeChat", e: "Email", l: "Letter", v: "Visit", o: "OtherHotline" };

export function register(dotnet) {
    const handler = (ev) => {
        if (ev.altKey && !ev.ctrlKey && ev.key >= "1" && ev.key <= "6") {
            ev.preventDefault();
            dotnet.invokeMethodAsync("SetRequestType", Number(ev.key) - 1);
        } else if (ev.altKey && !ev.ctrlKey && channelKeys[ev.key.toLowerCase()]) {
            ev.preventDefault();
            dotnet.invokeMethodAsync("SetChannel", channelKeys[ev.key.toLowerCase()]);
        } else if (ev.ctrlKey && ev.key === "Enter") {
            ev.preventDefault();
            // Text fields commit on change: blur first so the text just typed is sent before the save.
            const active = document.activeElement;
            if (active instanceof HTMLElement) {
                active.blur();
                active.focus();
            }
            dotnet.invokeMethodAsync("SubmitFromKeyboard");
        }
    };
    document.addEventListener("keydown", handler);
    return { dispose: () => document.removeEventListener("keydown", handler) };
}
