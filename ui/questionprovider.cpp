#include "questionprovider.h"

namespace ra {

QuestionProvider::QuestionProvider(QObject *parent)
    : QObject(parent)
{
}

} // namespace ra
