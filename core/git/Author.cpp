#include "git/Author.h"

#include "git/GitHandles.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

std::optional<Author> Author::parse(const QString &text)
{
    static const QRegularExpression re(u"^\\s*([^<>]*[^<>\\s])\\s*<([^<>\\s]+@[^<>\\s]+|[^<>\\s]+)>\\s*$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Author{m.captured(1), m.captured(2), u"--author"_s};
}

namespace {

QString levelName(git_config_level_t level)
{
    switch (level) {
    case GIT_CONFIG_LEVEL_LOCAL:
    case GIT_CONFIG_LEVEL_WORKTREE:
    case GIT_CONFIG_LEVEL_APP: return u"repository config"_s;
    case GIT_CONFIG_LEVEL_GLOBAL:
    case GIT_CONFIG_LEVEL_XDG: return u"global config"_s;
    default: return u"system config"_s;
    }
}

// One config value and the level it came from, read through a snapshot so the values are stable.
QString configValue(git_config *config, const char *name, QString *source)
{
    git_config_entry *raw = nullptr;
    if (git_config_get_entry(&raw, config, name) < 0) {
        git_error_clear(); // "not found" is an answer, not an error
        return {};
    }
    ConfigEntry entry(raw);
    if (source && source->isEmpty())
        *source = levelName(entry->level);
    return QString::fromUtf8(entry->value);
}

} // namespace

Status resolveAuthor(const QString &repositoryPath, const AuthorFallback &fallback, Author *out)
{
    ensureLibraryInitialised();
    if (!fallback.explicitAuthor.trimmed().isEmpty()) {
        const std::optional<Author> a = Author::parse(fallback.explicitAuthor);
        if (!a)
            return Status::failure(FailureKind::InvalidInput,
                                   Status::tr("The author \"%1\" is not in the form \"Name <email>\".").arg(fallback.explicitAuthor));
        *out = *a;
        return {};
    }
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open(&rawRepo, QFile::encodeName(repositoryPath).constData()); rc < 0)
        return Status::fromLibgit2(rc, repositoryPath);
    Repository repo(rawRepo);
    git_config *rawConfig = nullptr;
    if (int rc = git_repository_config_snapshot(&rawConfig, repo.get()); rc < 0)
        return Status::fromLibgit2(rc, repositoryPath);
    Config config(rawConfig);

    Author fromConfig;
    fromConfig.name = configValue(config.get(), "user.name", &fromConfig.source);
    fromConfig.email = configValue(config.get(), "user.email", &fromConfig.source);
    if (fromConfig.isComplete()) {
        *out = fromConfig;
        return {};
    }
    const Author fromSettings{fallback.settingsName, fallback.settingsEmail, u"settings"_s};
    if (fromSettings.isComplete()) {
        *out = fromSettings;
        return {};
    }
    return Status::failure(FailureKind::NoAuthor, {});
}

} // namespace Armlift::Git
