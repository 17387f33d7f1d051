#pragma once

#include "importdocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ra {

// The preview grid over an ImportDocument: one row per data row, one column
// per file column, the header row as horizontal header (with the template
// column it maps to), and a last column, problemColumn(), with the reasons of
// the row's problems (and a suggested fix) or that the row is skipped. Bad
// cells have a BackgroundRole colour and a ToolTip with the reason; skipped
// rows are greyed; the vertical header shows the file row number (header =
// 1). File cells are editable: setData() fixes the cell through the document.
// Resets when the document re-reads (preview, loaded, remap), emits
// dataChanged when problems change. Does not own the document. GUI thread.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class DataRole {
        HasProblem = Qt::UserRole + 1, // bool: the cell has a problem
        RowHasProblem,                 // bool: the row has a problem
        FileRow,                       // qint64: 1-based file row (header = 1)
        ProblemText,                   // QString: the reason ("" when fine)
        Skipped                        // bool: the user chose not to send the row
    };
    Q_ENUM(DataRole)

    explicit CsvPreviewModel(ImportDocument *document, QObject *parent = nullptr);

    ImportDocument *document() const { return m_document; }
    // The column after the file's columns that gives each row's problems.
    int problemColumn() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reset();
    void refreshProblems();
    QVariant problemData(qint64 row, int role) const;

    QPointer<ImportDocument> m_document;
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace ra
