// @actions/core imports @actions/exec for one thing only: core.platform.getDetails(),
// which runs `lsb_release` or `sw_vers`. audience-sync never calls it, so this refuses
// instead of loading child_process, net and @actions/io on every run of the Action.
function unavailable() {
  return Promise.reject(
    new Error(
      'audience-sync bundles @actions/core without @actions/exec: core.platform.getDetails() is not available',
    ),
  );
}

export const exec = unavailable;
export const getExecOutput = unavailable;
