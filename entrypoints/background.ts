export default defineBackground(() => {
  // wired in the skeleton commit
});
