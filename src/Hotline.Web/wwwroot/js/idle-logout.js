// Signs the user out after 30 minutes without keyboard or mouse input (等保: idle session timeout).
(function () {
    const idleMs = 30 * 60 * 1000;
    let last = Date.now();
    const touch = () => { last = Date.now(); };
    ["mousemove", "mousedown", "keydown", "wheel", "touchstart"].forEach(e =>
        window.addEventListener(e, touch, { passive: true }));

    window.hotlineLogout = function (reason) {
        const form = document.getElementById("logout-form");
        if (!form) { return; }
        if (reason) {
            const input = document.createElement("input");
            input.type = "hidden"; input.name = "reason"; input.value = reason;
            form.appendChild(input);
        }
        form.submit();
    };

    setInterval(() => {
        if (Date.now() - last >= idleMs && document.getElementById("logout-form")) {
            window.hotlineLogout("idle");
        }
    }, 30 * 1000);
})();
