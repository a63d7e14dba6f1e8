// lti: sends the deep-linking response to the LMS as soon as the page loads (the button is there without script)
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('lti-autosubmit');
  if (form) {
    form.submit();
  }
});
