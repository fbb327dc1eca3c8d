namespace Hotline.Intake.Registration;

/// <summary>
/// Waits out a pause in typing (the registration form's knowledge suggestions). It runs on the wall clock, not on the app's
/// <see cref="TimeProvider"/>: a pause in typing is no business time, and a test app's business clock may stand still,
/// which held the suggestions back for ever. Component tests give it their own clock to control the wait.
/// </summary>
internal sealed class TypingPause(TimeProvider clock)
{
    public Task WaitAsync(TimeSpan length, CancellationToken cancellationToken) => Task.Delay(length, clock, cancellationToken);
}
