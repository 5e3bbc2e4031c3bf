// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace aih::console {

/// A table with one row per record (a user, a key, an audit entry), identified by its `id`.
/// Subclasses say what the columns show.
template <typename Record, int Columns> class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<Record>& records)
    {
        beginResetModel();
        records_ = records;
        endResetModel();
    }

    /// Replaces the record with the same id in place, or appends it.
    void upsert(const Record& record)
    {
        for (int row = 0; row < records_.size(); ++row) {
            if (records_[row].id == record.id) {
                records_[row] = record;
                emit dataChanged(index(row, 0), index(row, Columns - 1));
                return;
            }
        }
        append({record});
    }

    /// Drops the record with this id, if shown.
    void remove(const QString& id)
    {
        for (int row = 0; row < records_.size(); ++row) {
            if (records_[row].id == id) {
                beginRemoveRows({}, row, row);
                records_.removeAt(row);
                endRemoveRows();
                return;
            }
        }
    }

    void append(const QList<Record>& records)
    {
        if (records.isEmpty()) {
            return;
        }
        const auto first = static_cast<int>(records_.size());
        beginInsertRows({}, first, first + static_cast<int>(records.size()) - 1);
        records_.append(records);
        endInsertRows();
    }

    const Record* recordAt(int row) const
    {
        return row >= 0 && row < records_.size() ? &records_[row] : nullptr;
    }
    const QList<Record>& records() const { return records_; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(records_.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : Columns; }

protected:
    /// The record behind a valid index of this model, or nullptr for any other index.
    const Record* recordOf(const QModelIndex& index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
                   ? &records_[index.row()]
                   : nullptr;
    }

private:
    QList<Record> records_;
};

} // namespace aih::console
