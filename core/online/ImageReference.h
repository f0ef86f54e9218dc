#pragma once

#include <QString>

namespace Armlift {

// A container image reference split the way registries need it:
// "python:3.8" -> docker.io / library/python / 3.8; "127.0.0.1:5000/app@sha256:…" ->
// 127.0.0.1:5000 / app / digest. The first path part is a registry when it has a dot, a
// colon or is "localhost" (the rule of the docker CLI).
struct ImageReference
{
    QString registry;    // "docker.io" for Docker Hub (all its aliases), else host[:port] as written
    QString repository;  // "library/python" on Docker Hub
    QString tag;         // "latest" when neither tag nor digest is given
    QString digest;      // "sha256:…" when pinned

    static bool parse(const QString &text, ImageReference *out);

    bool isDockerHub() const { return registry == u"docker.io"; }
    // The host the API is on: registry-1.docker.io for Docker Hub.
    QString apiHost() const;
    // What a manifest is fetched by: the digest when pinned, else the tag.
    QString reference() const { return digest.isEmpty() ? tag : digest; }
    // Short form for messages: "python:3.8", "127.0.0.1:5000/app@sha256:…".
    QString display() const;
    // The same repository with another tag, written the way the user wrote the registry.
    QString withTag(const QString &newTag) const;
};

} // namespace Armlift
