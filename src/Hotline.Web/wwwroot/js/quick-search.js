// "/" anywhere outside a text field puts the cursor into the app bar's case search.
(function () {
    document.addEventListener("keydown", e => {
        if (e.key !== "/" || e.ctrlKey || e.altKey || e.metaKey) { return; }
        const target = e.target;
        if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
        const box = document.getElementById("quick-search-input");
        if (!box) { return; }
        e.preventDefault();
        box.focus();
        box.select();
    });
})();
