#include "recipes/RecipeCommand.h"

#include "recipes/BuildRecipe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Gives the messages a translation context (Armlift::RecipeCommand) that lupdate sees.
class RecipeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::RecipeCommand)

public:
    static int run(const QStringList &arguments, QIODevice &out, QIODevice &err);
};

QStringList kindNames()
{
    QStringList names;
    for (RecipeKind k : allRecipeKinds())
        names.append(recipeKindName(k));
    return names;
}

} // namespace

bool isRecipeCommand(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--"_s)
            return false;
        if (arguments.at(i) == u"--recipe"_s || arguments.at(i).startsWith(u"--recipe="))
            return true;
    }
    return false;
}

int runRecipeCommand(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    return RecipeCommand::run(arguments, out, err);
}

int RecipeCommand::run(const QStringList &arguments, QIODevice &out, QIODevice &err)
{
    auto say = [&err](const QString &line) { err.write((line + u'\n').toUtf8()); };
    auto usage = [&](const QString &message) {
        say(u"armlift-scan: "_s + message);
        say(tr("Usage: armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] "
               "[--no-native-arm-runners] [--output FILE] PATH")
                .arg(kindNames().join(u'|')));
        return 2;
    };

    QString kindName;
    QString outputFile;
    RecipeOptions options;
    QStringList paths;
    bool optionsDone = false;
    // Options with a value accept `--opt VALUE` and `--opt=VALUE`.
    const QStringList valued = {u"--recipe"_s, u"--image"_s, u"--tag"_s, u"--registry"_s, u"--output"_s, u"-o"_s};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (optionsDone || !a.startsWith(u'-') || a == u"-"_s) {
            paths.append(a);
            continue;
        }
        if (a == u"--"_s) {
            optionsDone = true;
            continue;
        }
        if (a == u"--no-native-arm-runners"_s) {
            options.nativeArmRunners = false;
            continue;
        }
        QString name = a;
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = a.indexOf(u'='); eq > 0 && a.startsWith(u"--")) {
            name = a.left(eq);
            value = a.mid(eq + 1);
            hasValue = true;
        }
        if (!valued.contains(name))
            return usage(tr("unknown option %1 for --recipe").arg(a));
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return usage(tr("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (value.trimmed().isEmpty())
            return usage(tr("%1 needs a value").arg(name));
        if (name == u"--recipe"_s)
            kindName = value;
        else if (name == u"--image"_s)
            options.image = value;
        else if (name == u"--tag"_s)
            options.tag = value;
        else if (name == u"--registry"_s)
            options.registry = value;
        else
            outputFile = value;
    }
    RecipeKind kind;
    if (!recipeKindFromName(kindName, &kind))
        return usage(tr("unknown recipe '%1' (one of: %2)").arg(kindName, kindNames().join(u", "_s)));
    if (paths.size() > 1)
        return usage(tr("--recipe takes one PATH"));
    const QString root = paths.isEmpty() ? u"."_s : paths.first();
    if (!QFileInfo::exists(root)) {
        say(u"armlift-scan: "_s + tr("%1: no such file or folder").arg(QDir::toNativeSeparators(root)));
        return 2;
    }

    const BuildRecipe recipe = BuildRecipe::generate(kind, root, options);
    if (!recipe.isValid()) {
        say(u"armlift-scan: "_s + recipe.error);
        return 2;
    }
    for (const RecipeImage &img : recipe.images)
        say(tr("%1 -> %2").arg(img.dockerfile, img.reference));
    for (const QString &p : recipe.placeholders)
        say(tr("placeholder: %1").arg(p));

    const QByteArray bytes = recipe.text.toUtf8();
    if (outputFile.isEmpty()) {
        out.write(bytes);
        return 0;
    }
    QSaveFile file(outputFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        say(u"armlift-scan: "_s + tr("cannot write %1: %2").arg(outputFile, file.errorString()));
        return 2;
    }
    if (kind == RecipeKind::Buildx || kind == RecipeKind::Buildah || kind == RecipeKind::Podman)
        QFile::setPermissions(outputFile, QFile::permissions(outputFile) | QFileDevice::ExeOwner
                                              | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    say(tr("wrote %1 (suggested name: %2)").arg(outputFile, recipe.fileName));
    return 0;
}

} // namespace Armlift
