#pragma once

#include <QIODevice>
#include <QStringList>

namespace Armlift {

// `armlift-scan --recipe buildx|buildah|podman|github-actions|gitlab-ci [--image NAME]
// [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH`: writes the
// multi-arch build recipe for the Dockerfiles under PATH to `out` (or FILE), messages to `err`.
// Returns 0 on success, 2 on a usage error or when PATH has no Dockerfile.

// Does the command line ask for a recipe (`--recipe KIND` or `--recipe=KIND`)?
bool isRecipeCommand(const QStringList &arguments);
// `arguments` as QCoreApplication::arguments() returns them (program name first).
int runRecipeCommand(const QStringList &arguments, QIODevice &out, QIODevice &err);

} // namespace Armlift
