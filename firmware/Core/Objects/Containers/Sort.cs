namespace MicroPy.Objects
{
    /// <summary>Stable merge sort of object arrays with an optional key function and reverse flag.</summary>
    public static class Sort
    {
        public static void Run(object[] items, int count, object key, bool reverse)
        {
            if (count < 2)
            {
                return;
            }
            object[] keys = items;
            if (key != null && key != (object)PyNone.None)
            {
                keys = new object[count];
                for (int i = 0; i < count; i++)
                {
                    keys[i] = Ops.Call1(key, items[i]);
                }
            }
            int[] idx = new int[count];
            for (int i = 0; i < count; i++)
            {
                idx[i] = i;
            }
            int[] tmp = new int[count];
            MergeSort(idx, tmp, 0, count, keys, reverse);
            object[] copy = new object[count];
            for (int i = 0; i < count; i++)
            {
                copy[i] = items[idx[i]];
            }
            System.Array.Copy(copy, items, count);
        }

        private static bool Before(object a, object b, bool reverse)
        {
            // Stability with reverse: b strictly greater comes first.
            return reverse ? Ops.Lt(a, b) : Ops.Lt(b, a);
        }

        private static void MergeSort(int[] idx, int[] tmp, int lo, int hi, object[] keys, bool reverse)
        {
            if (hi - lo < 2)
            {
                return;
            }
            if (hi - lo <= 8)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    int v = idx[i];
                    int j = i - 1;
                    while (j >= lo && Before(keys[idx[j]], keys[v], reverse))
                    {
                        idx[j + 1] = idx[j];
                        j--;
                    }
                    idx[j + 1] = v;
                }
                return;
            }
            int mid = (lo + hi) / 2;
            MergeSort(idx, tmp, lo, mid, keys, reverse);
            MergeSort(idx, tmp, mid, hi, keys, reverse);
            if (!Before(keys[idx[mid - 1]], keys[idx[mid]], reverse))
            {
                return;
            }
            int a = lo;
            int b = mid;
            int k = lo;
            while (a < mid && b < hi)
            {
                if (Before(keys[idx[a]], keys[idx[b]], reverse))
                {
                    tmp[k++] = idx[b++];
                }
                else
                {
                    tmp[k++] = idx[a++];
                }
            }
            while (a < mid)
            {
                tmp[k++] = idx[a++];
            }
            while (b < hi)
            {
                tmp[k++] = idx[b++];
            }
            System.Array.Copy(tmp, lo, idx, lo, hi - lo);
        }
    }
}
